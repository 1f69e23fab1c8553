"""`quizbot play`: a quiz in the terminal, with the bot's own rules and scoring."""

from __future__ import annotations

import shutil
import sys

import click

from bot.cli.root import AppContext, cli
from bot.console import wrap


@cli.command()
@click.option("--set", "slug", help="Play this set (default: the terminal's current set).")
@click.option(
    "-n",
    "--questions",
    "limit",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many questions to ask.",
)
@click.pass_obj
def play(app: AppContext, slug: str | None, limit: int) -> None:
    """Play a quiz in the terminal with the same rules and scoring as the bot."""
    from bot.service.quiz import PLAY_ID, PLAY_SCOPE, AnswerStatus, NoQuestion, QuizService
    from bot.service.scores import ScoreService
    from bot.service.types import Place, Player, Trigger

    quiz = QuizService(app.engine, default_set_slug=app.settings.default_set)
    place = Place(PLAY_ID, "private", "Terminal")
    player = Player(PLAY_ID, "Terminal player")
    if slug is not None and quiz.use_set(place, slug) is None:
        known = ", ".join(c.slug for c in quiz.sets_for(place)) or "none"
        click.echo(f"Error: no set with slug {slug!r}. Sets: {known}", err=True)
        sys.exit(1)
    width = max(40, min(100, shutil.get_terminal_size().columns))
    asked = right = 0
    for _ in range(limit):
        shown = quiz.next_question(place, player, trigger=Trigger.PLAY)
        if isinstance(shown, NoQuestion):
            click.echo("No questions to play: load a set first with `quizbot load FILE`.")
            sys.exit(1)
        if asked == 0:
            intro = f"{shown.set_title} - answer with the option's number, q to stop."
            click.echo(wrap(intro, width))
            click.echo("")
        click.echo(wrap(f"Q{asked + 1}. {shown.text}", width, indent="    "))
        for number, option in enumerate(shown.options, start=1):
            click.echo(wrap(f"  {number}. {option}", width, indent="     "))
        choices = [str(n) for n in range(1, len(shown.options) + 1)] + ["q"]
        try:
            # No default: Enter on an empty line asks again instead of quitting.
            reply = click.prompt("Your answer", type=click.Choice(choices), show_choices=False)
        except click.Abort:  # Ctrl-C or Ctrl-D: stop, and still show the summary
            reply = "q"
            click.echo("")
        if reply == "q":
            # The question was shown but not answered: it stays unseen for the next game.
            quiz.withdraw(shown.delivery_id)
            break
        outcome = quiz.answer(shown.delivery_id, player, int(reply) - 1)
        asked += 1
        correct_text = shown.options[shown.correct_position]
        if outcome.status is AnswerStatus.CORRECT:
            right += 1
            click.echo(
                "Correct!" + (" (practice: point already earned)" if outcome.practice else " +1")
            )
        else:
            verdict = f"Not quite. The answer is {shown.correct_position + 1}. {correct_text}"
            click.echo(wrap(verdict, width))
        if outcome.explanation:
            click.echo(wrap(f"  Why: {outcome.explanation}", width, indent="       "))
        click.echo("")
    card = ScoreService(app.engine).score_card(PLAY_ID, PLAY_SCOPE)
    summary = (
        f"You got {right} of {asked} right. Terminal total: {card.points} points, "
        f"{card.accuracy}% accuracy, best streak {card.best_streak}."
    )
    click.echo(wrap(summary, width))
