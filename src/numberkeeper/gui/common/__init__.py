"""What every feature uses: the clock, message boxes and file pickers, sentences, small widgets."""
