"""Interviews: the text bot (bot.py), the phone interview or robocall (phone.py, with its plan
call_script.py, provider call_line.py, driver call_driver.py and recording slicer
call_audio.py), the answers and completion (responses.py) and the sandbox's calls.
"""
