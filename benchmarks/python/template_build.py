"""Times chatkit-python's build steps on the benchmark's template, for benchmarks/RESULTS.md.

  python3 template_build.py WIDGET_FILE DATA_JSON EXPECTED_JSON [SECONDS]

Each operation does what chatkit-python 1.6.5 does to send a widget built from a .widget file:
render the Jinja template (Environment(undefined=StrictUndefined)) with the data's top-level keys as
variables, json.loads the text, validate the root with pydantic, and dump it as JSON bytes without
nulls. The widget must equal EXPECTED_JSON (what the compiled template renders) before anything is
timed. Prints run.properties lines: operations per millisecond over one-second rounds after a
warm-up, as the median, min and max of the rounds, and the library versions.
"""
import json
import statistics
import sys
import time
from typing import Literal, Optional, Union

import jinja2
import pydantic
from jinja2 import Environment, StrictUndefined
from pydantic import BaseModel, ConfigDict, TypeAdapter


class DynamicComponent(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    key: Optional[str] = None
    id: Optional[str] = None
    children: Union["DynamicComponent", list["DynamicComponent"], None] = None


class DynamicRoot(DynamicComponent):
    type: Literal["Card", "ListView", "Basic"]


ROOT = TypeAdapter(DynamicRoot)


def build(template, data) -> bytes:
    widget = ROOT.validate_python(json.loads(template.render(**data)))
    return ROOT.dump_json(widget, exclude_none=True)


def rounds(template, data, seconds: float, count: int) -> list[float]:
    rates = []
    for _ in range(count):
        done = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            build(template, data)
            done += 1
        rates.append(done / ((time.perf_counter() - start) * 1000))
    return rates


def main() -> None:
    widget_file, data_file, expected_file = sys.argv[1:4]
    seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    with open(widget_file, encoding="utf-8") as file:
        template = Environment(undefined=StrictUndefined).from_string(json.load(file)["template"])
    with open(data_file, encoding="utf-8") as file:
        data = json.load(file)
    with open(expected_file, encoding="utf-8") as file:
        expected = json.load(file)
    if json.loads(build(template, data)) != expected:
        sys.exit("chatkit-python's build renders another widget than the compiled template")
    rounds(template, data, seconds, 5)
    rates = rounds(template, data, seconds, 10)
    print(f"template.python.median={statistics.median(rates)}")
    print(f"template.python.min={min(rates)}")
    print(f"template.python.max={max(rates)}")
    print(f"template.python.versions=Python {sys.version.split()[0]}, Jinja2 {jinja2.__version__},"
          f" pydantic {pydantic.VERSION}")


if __name__ == "__main__":
    main()
