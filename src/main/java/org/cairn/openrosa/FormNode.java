package org.cairn.openrosa;

import java.util.List;

/** A question, or a group of them that a form may repeat (the casualties of an accident). */
sealed interface FormNode {

    String name();

    record Leaf(Question question) implements FormNode {
        @Override
        public String name() {
            return question.name();
        }
    }

    /**
     * A group of questions.
     *
     * @param label    key of its label
     * @param repeated whether the form lets the group be filled several times
     */
    record Group(String name, String label, boolean repeated, List<FormNode> children) implements FormNode {
    }
}
