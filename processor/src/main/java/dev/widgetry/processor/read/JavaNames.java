package dev.widgetry.processor.read;

import dev.widgetry.processor.model.JavaName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Turns javac's elements into the model's names. */
public final class JavaNames {
  private JavaNames() {}

  public static JavaName of(TypeElement type) {
    List<String> simpleNames = new ArrayList<>();
    Element e = type;
    while (e instanceof TypeElement) {
      simpleNames.add(e.getSimpleName().toString());
      e = e.getEnclosingElement();
    }
    Collections.reverse(simpleNames);
    return new JavaName(Access.packageOf(type), simpleNames);
  }
}
