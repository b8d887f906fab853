package dev.widgetry.tests.model;

import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Arrays, lists, sets and maps, nested too. */
@Widget
public record Containers(
    List<String> names,
    Set<Integer> ids,
    String[] words,
    int[] scores,
    long[][] grid,
    Map<String, Double> weights,
    List<List<String>> nested,
    Map<String, List<Tag>> groups,
    Tag[] tagArray) {}
