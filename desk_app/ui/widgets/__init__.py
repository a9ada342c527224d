"""Small widgets and dialogs the window shares: status bar, progress, the questions to the user."""
