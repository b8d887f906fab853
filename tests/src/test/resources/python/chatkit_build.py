"""The oracle for compiled widget templates: chatkit-python's WidgetTemplate.build, step by step.

Reads one JSON request on stdin and writes one JSON answer on stdout:
  {"template": "<jinja>", "cases": [<data>, ...]}  ->  {"results": [{"widget": ...} | {"error": "..."}, ...]}
  {"floats": ["<java double text>", ...]}           ->  {"text": ["<str(float)>", ...]}

The build steps are those chatkit-python 1.6.5 takes (chatkit/widgets.py): a Jinja Environment with
StrictUndefined and nothing else, the data's top-level keys as the template's variables, the
rendered text parsed with json.loads, the root validated as a widget root with pydantic, and the
widget dumped as it is sent: None dropped from objects (except under "children") and from lists.
"""
import json
import sys
from typing import Any, Literal, Optional, Union

from jinja2 import Environment, StrictUndefined
from pydantic import BaseModel, ConfigDict, TypeAdapter

ENVIRONMENT = Environment(undefined=StrictUndefined)


class DynamicComponent(BaseModel):
    """A component with any props, as chatkit-python's DynamicWidgetComponent accepts it."""

    model_config = ConfigDict(extra="allow")
    type: str
    key: Optional[str] = None
    id: Optional[str] = None
    children: Union["DynamicComponent", list["DynamicComponent"], None] = None


class DynamicRoot(DynamicComponent):
    """A root: only the root's type is checked, as chatkit-python checks it."""

    type: Literal["Card", "ListView", "Basic"]


ROOT = TypeAdapter(DynamicRoot)


def drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: drop_none(v) for k, v in value.items() if k == "children" or v is not None}
    if isinstance(value, list):
        return [drop_none(v) for v in value if v is not None]
    return value


def build(template, data: dict) -> Any:
    rendered = template.render(**data)
    widget = json.loads(rendered)
    ROOT.validate_python(widget)
    return drop_none(widget)


def main() -> None:
    request = json.load(sys.stdin)
    if "floats" in request:
        json.dump({"text": [str(float(text)) for text in request["floats"]]}, sys.stdout)
        return
    template = ENVIRONMENT.from_string(request["template"])
    results = []
    for data in request["cases"]:
        try:
            results.append({"widget": build(template, data)})
        except Exception as error:  # the failure is the answer: Java is told what Python did
            results.append({"error": type(error).__name__ + ": " + str(error)})
    json.dump({"results": results}, sys.stdout)


if __name__ == "__main__":
    main()
