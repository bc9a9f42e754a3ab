"""Het corpus van slechte invoer: elk geval met de verwachte, duidelijke fout (zie gevallen.py)."""
