"""The save-conflict dialog: compare, merge three ways, choose."""
