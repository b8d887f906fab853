package dev.widgetry.tests.http;

/** Who sent a request, as the endpoint's context function reads it from a header. */
public record Clerk(String name) {}
