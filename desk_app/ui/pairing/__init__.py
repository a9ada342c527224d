"""The pairing view: a translation beside its original, paragraph by paragraph."""
