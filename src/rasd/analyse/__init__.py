"""Analyse: normalised copy with its offset map (normalise), sentences, tokens with clitics."""
