"""Runners: compose the stages and write to the store. The only room (with the faces) that imports the store."""
