"""The command line is parsed by the parser of the one command asked for; it must accept exactly
what the whole command line accepts."""

from __future__ import annotations

import argparse

import pytest

from spbe_desktop.cli import build_parser, command_word, main


def _shape(parser: argparse.ArgumentParser) -> list:
    """Every argument of a parser (options, destinations, choices), nested commands included."""
    shape = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            shape.append(sorted((name, _shape(p)) for name, p in action.choices.items()))
        else:
            choices = sorted(action.choices) if action.choices else None
            shape.append((tuple(action.option_strings), action.dest, action.nargs, choices))
    return shape


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def test_each_command_alone_is_parsed_as_in_the_whole_command_line():
    whole = _commands(build_parser())
    assert len(whole) > 15
    for name, parser in whole.items():
        alone = _commands(build_parser(name))
        assert list(alone) == [name]
        assert _shape(alone[name]) == _shape(parser), name
        assert alone[name].get_default("func") is parser.get_default("func")


def test_a_mistyped_command_gets_the_whole_command_line():
    assert len(_commands(build_parser("statu"))) == len(_commands(build_parser()))


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["status", "ws.spbews"], "status"),
        (["--lang", "en", "status", "ws"], "status"),
        (["--lang=en", "--debug", "coord", "import", "k.spbews"], "coord"),
        (["--help"], None),
        (["--version"], None),
        (["--deb", "status"], None),  # an abbreviation: the whole command line reads it
        ([], None),
    ],
)
def test_the_command_word(argv, word):
    assert command_word(argv) == word


def test_a_usage_error_shows_the_whole_usage(capsys):
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert "instruments,init" in err and "required: workspace" in err
