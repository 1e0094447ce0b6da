"""The assessors' verdicts: item by item, round by round, and the assessed level they imply."""
