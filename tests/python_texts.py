"""The words a person reads that are written in Python, for the reading-grade test
(tests/core/test_content_rules.py), gathered two ways:

- by importing every forms module and reading each form's fields: label, hint, the labels
  of fixed choices and every error message a field can show, Django's own included;
- by reading the source of every module (its syntax tree): the text passed to
  `messages.*`, `ValidationError`, `add_error` and the API's `refuse`, the `"detail"` of an
  API answer, a `"description"` (the web app manifest's), and every `label=`, `help_text=`,
  `error_messages=` and `choices=` written out.

A text is a string literal, an f-string (each `{value}` read as "it", as templates read
`{{ value }}`), or a name or attribute bound to one in the same module or another (`STOPPED`,
`form.NO_MATCH`). What is none of these (a value from a content file, a parameter) is
returned as `unread`, so a test can hold every such place to a named reason."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "innerbase"
MESSAGE_LEVELS = {"debug", "info", "success", "warning", "error"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdr]|\{[^{}]*\}")


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def where(path: Path) -> str:
    """A module's file inside the package ("journal/api.py"), or its name when outside."""
    return str(path.relative_to(PACKAGE)) if path.is_relative_to(PACKAGE) else path.name


def readable(text: str) -> str:
    """A text as a person meets it: placeholders ("%(limit_value)d", "{minutes}") are "it"."""
    return " ".join(PLACEHOLDER.sub("it", str(text)).split())


# -- by importing the forms ---------------------------------------------------------------
def form_classes() -> list[tuple[Path, type]]:
    """(forms module file, form class) for every form class defined in a forms module, and
    the ones a factory there builds."""
    from django import forms

    found = []
    for path in sorted(PACKAGE.glob("*/forms.py")):
        module = importlib.import_module(f"innerbase.{path.parent.name}.forms")
        for name, value in vars(module).items():
            if getattr(value, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(value) and issubclass(value, forms.BaseForm):
                found.append((path, value))
            elif inspect.isfunction(value) and name.endswith("_form_class"):
                found.append((path, value()))  # plan_form_class(): fields from a content file
    return found


def form_fields(form_class: type) -> dict:
    """The fields a form shows: a made instance's where the form can be made without
    arguments (fields added in __init__ included), else the declared ones."""
    try:
        return form_class().fields
    except TypeError:
        return dict(form_class.base_fields)


def field_texts(field) -> list[str]:
    from django import forms
    from django.utils.functional import Promise

    if isinstance(field.widget, forms.HiddenInput):
        return []
    texts = [field.label, field.help_text, *field.error_messages.values()]
    for _value, label in getattr(field, "choices", []):
        texts += [lab for _, lab in label] if isinstance(label, list | tuple) else [label]
    # Django's own messages are lazy translations (a Promise), read as the text they become
    texts = [str(t) for t in texts if isinstance(t, str | Promise)]
    return [readable(t) for t in texts if t.strip()]


def form_texts() -> dict[str, list[str]]:
    """(module file) -> the texts of the fields of its forms."""
    found: dict[str, list[str]] = defaultdict(list)
    for path, form_class in form_classes():
        for field in form_fields(form_class).values():
            found[where(path)] += field_texts(field)
    return found


# -- by reading the source ----------------------------------------------------------------
def _constants(tree: ast.AST) -> dict[str, list[ast.expr]]:
    """NAME = <expr> at module or class level (where messages are kept as constants); a name
    bound in several classes (each form's NO_MATCH) keeps every value."""
    bound: dict[str, list[ast.expr]] = defaultdict(list)
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Assign):
                    for target in statement.targets:
                        if isinstance(target, ast.Name):
                            bound[target.id].append(statement.value)
    return bound


class _Reader:
    """Turns an expression into the texts it can show, or notes it as unread."""

    def __init__(self, path: Path, local: dict, shared: dict):
        self.path, self.local, self.shared = path, local, shared
        self.parameters: set[str] = set()
        self.texts: list[str] = []
        self.unread: list[tuple[str, str]] = []

    def text_of(self, node: ast.expr, depth: int = 0, local=None) -> list[str] | None:
        """Every text `node` can be, or None when it is not written in the source."""
        local = self.local if local is None else local
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "it" for v in node.values)]
        if isinstance(node, ast.IfExp):
            return self._all([(node.body, local), (node.orelse, local)], depth)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            parts = [self.text_of(side, depth, local) for side in (node.left, node.right)]
            return None if None in parts else ["".join(texts[0] for texts in parts if texts)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "format":  # "... {minutes} minutes ...".format(...)
                return self.text_of(node.func.value, depth, local)
        if depth < 3 and isinstance(node, ast.Name) and node.id in local:
            return self._all([(value, local) for value in local[node.id]], depth + 1)
        if depth < 3 and isinstance(node, ast.Attribute) and node.attr.isupper():
            # form.NO_MATCH: every constant of that name, in any module, each read with its
            # own module's names, since any of those forms may be the one
            found = self.shared.get(node.attr)
            return self._all(found, depth + 1) if found else None
        return None

    def _all(self, bindings: list, depth: int) -> list[str] | None:
        each = [self.text_of(value, depth, names) for value, names in bindings]
        return None if None in each else [t for texts in each for t in texts or []]

    def read(self, node: ast.expr | None) -> None:
        if node is None:
            return
        if isinstance(node, ast.Name) and node.id in self.parameters:
            return  # a function's parameter: the text is where it is called, read there
        texts = self.text_of(node)
        if texts is None:
            self.unread.append((where(self.path), ast.unparse(node)))
        else:
            self.texts += [readable(t) for t in texts if re.search("[A-Za-z]", t)]

    def read_choices(self, node: ast.expr) -> None:
        """The labels of choices written out: [("yes", "Yes, it passed"), ...]. Choices built
        from content or from a list elsewhere (MODES) are read by importing the forms."""
        if isinstance(node, ast.List | ast.Tuple):
            for pair in node.elts:
                if isinstance(pair, ast.Tuple) and len(pair.elts) == 2:
                    label = self.text_of(pair.elts[1])
                    self.texts += [readable(t) for t in label or []]


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return call.args[index] if len(call.args) > index else None


def _called(call: ast.Call) -> tuple[str | None, str | None]:
    """(the object, the function): ("messages", "info"), (None, "refuse")."""
    func = call.func
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    return None, func.id if isinstance(func, ast.Name) else None


def _read_call(reader: _Reader, call: ast.Call) -> None:
    owner, name = _called(call)
    if owner == "messages" and name in MESSAGE_LEVELS:
        reader.read(_argument(call, 1, "message"))
    elif owner == "messages" and name == "add_message":
        reader.read(_argument(call, 2, "message"))
    elif name == "ValidationError":
        message = _argument(call, 0, "message")
        if isinstance(message, ast.List):  # django-ninja's: [{"loc": ..., "msg": ...}]
            for item in message.elts:
                if isinstance(item, ast.Dict):
                    _read_dict(reader, item, key="msg")
        else:
            reader.read(message)
    elif name in ("add_error", "refuse"):
        reader.read(_argument(call, 1, "error" if name == "add_error" else "message"))
    elif name == "choices_set":
        reader.read_choices(_argument(call, 2, "choices") or ast.List(elts=[]))
    for kw in call.keywords:
        if kw.arg in ("label", "help_text"):
            reader.read(kw.value)
        elif kw.arg == "error_messages" and isinstance(kw.value, ast.Dict):
            for value in kw.value.values:
                reader.read(value)
        elif kw.arg == "choices":
            reader.read_choices(kw.value)


def _read_dict(reader: _Reader, node: ast.Dict, *, key: str) -> None:
    for k, value in zip(node.keys, node.values, strict=True):
        if isinstance(k, ast.Constant) and k.value == key:
            reader.read(value)


def _read_assignment(reader: _Reader, node: ast.Assign) -> None:
    """field.label = "...", field.help_text = "...", field.error_messages[key] = "..."."""
    for target in node.targets:
        is_text = isinstance(target, ast.Attribute) and target.attr in ("label", "help_text")
        is_error = (
            isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Attribute)
            and target.value.attr == "error_messages"
        )
        if is_text or is_error:
            reader.read(node.value)


def _function_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[dict, set]:
    """A function's own NAME = <expr> bindings, and its parameters' names."""
    bound: dict[str, list[ast.expr]] = defaultdict(list)
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    bound[target.id].append(node.value)
    arguments = function.args
    every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    return bound, {a.arg for a in every}


def _read_tree(reader: _Reader, node: ast.AST) -> None:
    """Read every node, each with the names bound where it stands (its function's first)."""
    outside = reader.local, reader.parameters
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        bound, parameters = _function_names(node)
        reader.local, reader.parameters = {**reader.local, **bound}, parameters
    if isinstance(node, ast.Call):
        _read_call(reader, node)
    elif isinstance(node, ast.Dict):
        _read_dict(reader, node, key="detail")  # an API answer's message
        _read_dict(reader, node, key="description")  # the web app's, in an install prompt
    elif isinstance(node, ast.Assign):
        _read_assignment(reader, node)
    for child in ast.iter_child_nodes(node):
        _read_tree(reader, child)
    reader.local, reader.parameters = outside


def source_texts(paths: list[Path] | None = None) -> tuple[dict[str, list[str]], list]:
    """(module file) -> the texts its source passes to a person, and the (file, expression)
    places whose text is not written there (unread)."""
    paths = sources() if paths is None else paths
    trees = {path: ast.parse(path.read_text("utf-8")) for path in paths}
    bound = {path: _constants(tree) for path, tree in trees.items()}
    shared = defaultdict(list)
    for names in bound.values():
        for name, values in names.items():
            shared[name] += [(value, names) for value in values]  # with its module's names
    found: dict[str, list[str]] = {}
    unread: list[tuple[str, str]] = []
    for path, tree in trees.items():
        reader = _Reader(path, bound[path], shared)
        _read_tree(reader, tree)
        if reader.texts:
            found[where(path)] = reader.texts
        unread += reader.unread
    return found, unread


def texts_by_file() -> tuple[dict[str, list[str]], list]:
    """Both ways together, one list of distinct texts per module file, and the unread places."""
    from_source, unread = source_texts()
    merged: dict[str, set[str]] = defaultdict(set)
    for found in (form_texts(), from_source):
        for name, texts in found.items():
            merged[name].update(texts)
    return {name: sorted(texts) for name, texts in sorted(merged.items())}, unread
