package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Map;

/** Enums deep inside lists and maps, for pointers that go several levels down. */
@Widget
public record Deep(List<Map<String, Sizing>> levels) {}
