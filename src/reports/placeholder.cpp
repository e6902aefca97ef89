// Shift reports arrive with issue 5.
