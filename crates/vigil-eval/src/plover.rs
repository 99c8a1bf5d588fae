//! Scoring against PLOVER_GSR_CAMEO.json.
