"""Jobs the JobQueue runs (registered in bot/app.py): the daily dispatcher and the board roll."""
