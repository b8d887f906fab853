package dev.widgetry.chatkit.server.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.widgetry.annotations.Widget;
import java.util.List;
import java.util.Objects;

/** One question of a structured input: a choice among options, or free text. */
@Widget
public sealed interface StructuredInput permits StructuredInput.MultipleChoice, StructuredInput.Freeform {

  String id();

  /** The question answered with {@code answer}. */
  StructuredInput answered(Answer answer);

  /**
   * A question answered by picking one or more options.
   *
   * @param id the question's id
   * @param question the question
   * @param answer the answer, once given
   * @param options what can be picked
   * @param multiple whether more than one option can be picked
   */
  @Widget("multiple_choice")
  record MultipleChoice(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "question", required = true) String question,
      Answer answer,
      @JsonProperty(value = "options", required = true) List<Option> options,
      Boolean multiple)
      implements StructuredInput {
    public MultipleChoice {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(question, "question");
      options = List.copyOf(options);
    }

    @Override
    public MultipleChoice answered(Answer answer) {
      return new MultipleChoice(id, question, answer, options, multiple);
    }
  }

  /**
   * A question answered in the user's own words.
   *
   * @param id the question's id
   * @param question the question
   * @param answer the answer, once given
   * @param description a hint shown under the question
   */
  @Widget("freeform")
  record Freeform(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "question", required = true) String question,
      Answer answer,
      String description)
      implements StructuredInput {
    public Freeform {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(question, "question");
    }

    @Override
    public Freeform answered(Answer answer) {
      return new Freeform(id, question, answer, description);
    }
  }

  /**
   * An option of a multiple-choice question.
   *
   * @param value the option's text
   */
  @Widget
  record Option(@JsonProperty(value = "value", required = true) String value) {
    public Option {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The user's answer to one question.
   *
   * @param values what the user picked or wrote
   * @param skipped whether the user skipped the question
   */
  @Widget
  record Answer(List<String> values, Boolean skipped) {
    public Answer {
      values = values == null ? List.of() : List.copyOf(values);
      skipped = Boolean.TRUE.equals(skipped);
    }
  }
}
