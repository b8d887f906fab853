package dev.widgetry.benchmarks.avaje.model;

/**
 * The components the benchmark's widgets hold. Not a {@code @Json.SubType} union: avaje-jsonb
 * 3.11's generator merges the subtypes' properties by name, and these components share names
 * with different types ({@code size} is a {@code TextSize} here and a {@code ControlSize} there,
 * {@code children} a list of components or of table rows), which its generated adapter does not
 * compile. So each record carries its {@code "type"} as its first prop, and a hand-written
 * adapter picks the record's generated adapter, as a generated union adapter would.
 */
public sealed interface Component permits Text, Title, Caption, Badge, Row, Col, Divider, Image, Button, Spacer, Table {}
