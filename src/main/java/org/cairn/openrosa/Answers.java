package org.cairn.openrosa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The answers of a filled form, as a tree of named elements: an XForm instance, or a KoboToolbox
 * submission read into the same shape, so that both map to records one way.
 */
interface Answers {

    /** The answers under each child of this name: one for a group, each repetition of a repeat. */
    List<Answers> all(String name);

    /** The answer this element holds itself, for a question; empty when unanswered. */
    Optional<String> value();

    default Optional<Answers> one(String name) {
        List<Answers> all = all(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The answer to the child question of this name. */
    default Optional<String> text(String name) {
        return one(name).flatMap(Answers::value);
    }

    /** An XForm instance's element. */
    static Answers of(Element element) {
        return new Answers() {
            @Override
            public List<Answers> all(String name) {
                List<Answers> children = new ArrayList<>();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element found && name.equals(found.getLocalName())) {
                        children.add(of(found));
                    }
                }
                return children;
            }

            @Override
            public Optional<String> value() {
                String text = element.getTextContent().trim();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        };
    }
}
