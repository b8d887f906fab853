package dev.widgetry.processor.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.widgetry.processor.template.shape.Entry;
import dev.widgetry.processor.template.shape.Separators;
import dev.widgetry.processor.template.shape.ShapeException;
import dev.widgetry.processor.template.shape.Structurer;
import dev.widgetry.processor.template.shape.Value;
import dev.widgetry.processor.template.syntax.Expr;
import dev.widgetry.processor.template.syntax.ExprPrinter;
import dev.widgetry.processor.template.syntax.Node;
import dev.widgetry.processor.template.syntax.TemplateParser;
import dev.widgetry.processor.template.syntax.TemplateSyntaxException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a template's text is read: Jinja's lexing and precedence, and the JSON its text spells out through its control flow. */
class TemplateReadingTest {

  private static List<Node> parse(String template) throws TemplateSyntaxException {
    return TemplateParser.parse(template);
  }

  private static Value.WithStatements shape(String template) throws Exception {
    return Structurer.read(parse(template), template.length());
  }

  @Test
  void aDashStripsTheWhitespaceOnItsSideOnly() throws Exception {
    List<Node> nodes = parse("a  \n {{- x -}} \n b {{ y }} c");
    assertEquals("a", ((Node.Text) nodes.get(0)).text());
    assertEquals("b ", ((Node.Text) nodes.get(2)).text());
    assertEquals(" c", ((Node.Text) nodes.get(4)).text());
  }

  @Test
  void oneTrailingNewlineIsDropped() throws Exception {
    List<Node> nodes = parse("x\n\n");
    assertEquals("x\n", ((Node.Text) nodes.get(0)).text());
  }

  @Test
  void aDictLiteralCanCloseInsideAnOutput() throws Exception {
    Node.Output output = (Node.Output) parse("{{ {'a': {'b': 1}} }}").get(0);
    assertEquals("{'a': {'b': 1}}", ExprPrinter.print(output.expr()));
  }

  @Test
  void filtersBindTighterThanConcatenationAndComparison() throws Exception {
    Node.Output output = (Node.Output) parse("{{ a ~ b | length > 2 and not c is none }}").get(0);
    assertEquals("((a ~ (b | length)) > 2) and (not (c is none))", ExprPrinter.print(output.expr()));
  }

  @Test
  void aNegativeNumberIsALiteral() throws Exception {
    Expr expr = ((Node.Output) parse("{{ x[-1] }}").get(0)).expr();
    assertEquals(-1L, ((Expr.Literal) ((Expr.Item) expr).index()).value());
  }

  @Test
  void elifIsAnIfInTheElseBranch() throws Exception {
    Node.If branch = (Node.If) parse("{% if a %}1{% elif b %}2{% else %}3{% endif %}").get(0);
    Node.If inner = (Node.If) branch.otherwise().get(0);
    assertEquals("b", ExprPrinter.print(inner.test()));
    assertEquals("3", ((Node.Text) inner.otherwise().get(0)).text());
  }

  @Test
  void anIfExpressionWithoutElseIsRefused() {
    TemplateSyntaxException error = assertThrows(TemplateSyntaxException.class, () -> parse("{{ a if b }}"));
    assertTrue(error.unsupported());
  }

  @Test
  void theCommaTrickSplicesTheCapturedChildren() throws Exception {
    Value.WithStatements root = shape("[{%- set _c -%}{% for x in xs %},{{ x | tojson }}{% endfor %}{%- endset -%}"
        + "{{- (_c[1:] if _c and _c[0] == ',' else _c) -}}]");
    Value.ArrayValue array = (Value.ArrayValue) root.value();
    Entry.Splice splice = (Entry.Splice) array.entries().get(1);
    assertTrue(splice.dropLeadingComma());
    assertInstanceOf(Entry.LoopEntries.class, splice.body().get(0));
    assertEquals(Map.of(), Separators.check(root));
  }

  @Test
  void theCommaTrickFailsWhenWhitespaceComesBeforeTheComma() throws Exception {
    Value.WithStatements root = shape("[{% set _c %} ,{{ a | tojson }}{% endset %}{{ _c[1:] if _c and _c[0] == ','"
        + " else _c }}]");
    assertEquals(List.of("on some path this comma comes before the first element"),
        List.copyOf(Separators.check(root).values()));
  }

  @Test
  void commasBeforeTheLastIterationOnly() throws Exception {
    assertEquals(Map.of(), Separators.check(shape("[{% for x in xs %}{{ x | tojson }}{% if not loop.last %},{% endif %}"
        + "{% endfor %}]")));
    assertEquals(List.of("on some path this element follows another with no comma between",
            "on some path a comma follows the last element of this array"),
        List.copyOf(Separators.check(shape("[{% for x in xs %}{{ x | tojson }}{% if loop.last %},{% endif %}"
            + "{% endfor %}]")).values()));
  }

  @Test
  void aBranchMustHoldAWholeMember() {
    ShapeException error = assertThrows(ShapeException.class,
        () -> shape("{\"a\": 1{% if c %}, \"b\":{% endif %} 2}"));
    assertEquals("the property \"b\" renders no value where one belongs", error.getMessage());
  }

  @Test
  void aTemplateRendersOneValue() {
    ShapeException text = assertThrows(ShapeException.class, () -> shape("{} {}"));
    assertEquals("'{' after the value; the template must render exactly one JSON value", text.getMessage());
    ShapeException output = assertThrows(ShapeException.class, () -> shape("{} {{ x | tojson }}"));
    assertEquals("a second value after the one the template renders; it must render exactly one", output.getMessage());
  }
}
