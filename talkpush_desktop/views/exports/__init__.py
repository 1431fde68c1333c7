"""File > Export: the campaign workbook, ATS JSON and the SMS breakdown."""
