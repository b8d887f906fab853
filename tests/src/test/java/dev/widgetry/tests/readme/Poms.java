package dev.widgetry.tests.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads what the harness needs from a pom: coordinates, modules, managed plugin versions. */
final class Poms {
  private final Element project;

  private Poms(Element project) {
    this.project = project;
  }

  static Poms read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return new Poms(document.getDocumentElement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError(pom + " is not a readable pom: " + e.getMessage(), e);
    }
  }

  String artifactId() {
    return text(project, "artifactId").orElseThrow();
  }

  String groupId() {
    return text(project, "groupId").or(() -> child(project, "parent").flatMap(parent -> text(parent, "groupId"))).orElseThrow();
  }

  String version() {
    return text(project, "version").or(() -> child(project, "parent").flatMap(parent -> text(parent, "version"))).orElseThrow();
  }

  String packaging() {
    return text(project, "packaging").orElse("jar");
  }

  /** The version {@code build/pluginManagement} gives the plugin {@code artifactId}. */
  String managedPluginVersion(String artifactId) {
    Element plugins = child(project, "build").flatMap(build -> child(build, "pluginManagement"))
        .flatMap(management -> child(management, "plugins")).orElseThrow();
    for (Element plugin : children(plugins, "plugin")) {
      if (text(plugin, "artifactId").orElse("").equals(artifactId)) {
        return text(plugin, "version").orElseThrow();
      }
    }
    throw new AssertionError("the reactor's pluginManagement has no " + artifactId);
  }

  /** Every element anywhere in the pom with these coordinates' {@code groupId}: dependencies, processor paths. */
  List<String> coordinatesOfGroup(String groupId) {
    List<String> found = new ArrayList<>();
    collect(project, groupId, found);
    return found;
  }

  private static void collect(Element element, String groupId, List<String> found) {
    if (text(element, "groupId").filter(groupId::equals).isPresent() && text(element, "artifactId").isPresent()) {
      found.add(groupId + ":" + text(element, "artifactId").get() + ":" + text(element, "version").orElse("(no version)"));
    }
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        collect(child, groupId, found);
      }
    }
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> children = children(parent, name);
    return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(element -> element.getTextContent().strip());
  }
}
