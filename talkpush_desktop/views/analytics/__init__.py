"""The Analytics & Usage Data window: the window, its charts, chart cards, date axes, toolbar and
time frames.
"""
