"""The domain: lines, phases, money and validation. Pure Python — no Qt, no SQL, no I/O.

Time always comes in as an argument; nothing here reads the clock.
"""
