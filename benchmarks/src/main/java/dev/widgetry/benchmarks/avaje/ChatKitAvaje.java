package dev.widgetry.benchmarks.avaje;

import io.avaje.jsonb.Jsonb;

/**
 * avaje-jsonb set up for the catalog's twins in {@code avaje.model}: the adapters its generator
 * wrote for the records, the {@code @CustomAdapter}s of this package for what it cannot generate
 * (the untagged unions, the unions whose members share prop names), the catalog's enums by their
 * {@code @JsonProperty} names, and no nulls written.
 */
public final class ChatKitAvaje {
  private ChatKitAvaje() {}

  public static Jsonb newJsonb() {
    return Jsonb.builder().serializeNulls(false).add(new CatalogEnumAdapters()).build();
  }
}
