package dev.widgetry.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import dev.widgetry.processor.diag.Message;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Finds {@code @OnAction} methods in local and anonymous classes. Annotation processing never
 * hands such methods to a processor, so without this their actions would silently go missing; the
 * source trees still hold them. Works where javac's tree API does, and stands aside elsewhere.
 */
final class LocalHandlerScanner {
  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = new HashSet<>();

  private LocalHandlerScanner(Trees trees) {
    this.trees = trees;
  }

  /** A scanner, or null when the compiler has no tree API (it is not javac). */
  static LocalHandlerScanner of(ProcessingEnvironment env) {
    try {
      return new LocalHandlerScanner(Trees.instance(env));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Scans the files of this round's root types, but for the types this processor wrote ({@code
   * ours}, by qualified name): it writes no local class, and a codec's tree is as large as its
   * record's, so scanning them would double the walk.
   */
  void scan(RoundEnvironment round, Predicate<String> ours) {
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement && ours.test(((TypeElement) root).getQualifiedName().toString())) {
        continue;
      }
      TreePath path = trees.getPath(root);
      if (path != null && scanned.add(path.getCompilationUnit())) {
        new Finder(path.getCompilationUnit()).scan(path.getCompilationUnit(), null);
      }
    }
  }

  /** Walks one file, looking at each annotated method's surroundings. */
  private final class Finder extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;

    Finder(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      AnnotationTree onAction = onAction(method);
      if (onAction != null) {
        String where = localOrAnonymous(getCurrentPath());
        if (where != null) {
          String name = enclosingName() + "." + method.getName();
          trees.printMessage(Diagnostic.Kind.ERROR,
              Message.HANDLER_IN_INNER_CLASS.format(name, enclosingName(), where), onAction, unit);
        }
      }
      return super.visitMethod(method, unused);
    }

    /**
     * "an anonymous class" or "a local class" when the method's class lives inside code (a method,
     * an initializer, a lambda, a field's value); null for a member of a top-level class.
     */
    private String localOrAnonymous(TreePath method) {
      TreePath classPath = method.getParentPath();
      if (classPath.getParentPath().getLeaf() instanceof NewClassTree) {
        return "an anonymous class";
      }
      for (TreePath path = classPath.getParentPath(); path != null; path = path.getParentPath()) {
        Tree leaf = path.getLeaf();
        if (leaf instanceof NewClassTree) {
          return "a class inside an anonymous class";
        }
        if (leaf instanceof MethodTree || leaf instanceof BlockTree || leaf instanceof LambdaExpressionTree
            || leaf instanceof VariableTree) {
          return "a local class";
        }
      }
      return null;
    }

    private String enclosingName() {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      String name = parent instanceof ClassTree ? ((ClassTree) parent).getSimpleName().toString() : "";
      return name.isEmpty() ? "<anonymous>" : name;
    }

    /** The method's {@code @OnAction}, by name: local classes are not attributed yet. */
    private AnnotationTree onAction(MethodTree method) {
      for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
        String type = annotation.getAnnotationType().toString();
        if (type.equals("OnAction") || type.endsWith(".OnAction")) {
          return annotation;
        }
      }
      return null;
    }
  }
}
