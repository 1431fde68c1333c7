"""The user menu and what it opens: sign-in, Company Profile (team, new manager account,
company settings) and My Account."""
