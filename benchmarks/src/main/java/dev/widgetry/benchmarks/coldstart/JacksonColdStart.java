package dev.widgetry.benchmarks.coldstart;

import dev.widgetry.benchmarks.jackson.ChatKitJackson;
import dev.widgetry.benchmarks.trees.WidgetTrees;
import java.io.IOException;

/** A fresh JVM's first widget through Jackson databind: a new mapper with the catalog's mix-ins, one write. */
public final class JacksonColdStart {
  private JacksonColdStart() {}

  public static void main(String[] args) throws IOException {
    byte[] json = ChatKitJackson.newMapper().writeValueAsBytes(WidgetTrees.smallCard());
    System.out.write(json);
    System.out.flush();
  }
}
