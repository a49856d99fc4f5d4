package org.cairn.support;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.ValidateOutcome;
import org.javarosa.core.model.CoreModelModule;
import org.javarosa.core.model.data.AnswerDataFactory;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.UncastData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.reference.PrefixedRootFactory;
import org.javarosa.core.reference.Reference;
import org.javarosa.core.reference.ReferenceManager;
import org.javarosa.core.services.IPropertyManager;
import org.javarosa.core.services.PrototypeManager;
import org.javarosa.core.services.PropertyManager;
import org.javarosa.core.services.properties.IPropertyRules;
import org.javarosa.core.util.JavaRosaCoreModule;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormSerializingVisitor;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.util.XFormUtils;

/**
 * ODK Collect's form engine, JavaRosa, filling a form as a field team's tablet does: it loads the
 * form with its CSV media, steps through every question, answers it (and its repeats) as told,
 * checks each answer against the form's constraints, and serialises the instance as Collect sends it.
 */
public final class Collect {

    /** A question's answer: its reference (such as {@code /data/hazard/name}) and the repetition it is in. */
    public interface Answerer extends BiFunction<FormEntryPrompt, Integer, String> {
    }

    /** What filling a form gave: the instance's XML, and the answers the form refused, by question. */
    public record Filled(byte[] xml, Map<String, Integer> refusals, Map<String, List<String>> choices) {
        public String text() {
            return new String(xml, StandardCharsets.UTF_8);
        }
    }

    static {
        PrototypeManager.registerPrototypes(JavaRosaCoreModule.classNames);
        PrototypeManager.registerPrototypes(CoreModelModule.classNames);
        new XFormsModule().registerModule();
        PropertyManager.setPropertyManager(new Properties(new HashMap<>(Map.of("deviceid",
                "collect:cairn-test-tablet", "username", "Team leader 2"))));
    }

    private Collect() {
    }

    /**
     * Fills the form: each question gets {@code answers.apply(prompt, repetition)} (null leaves it
     * empty), each repeat group is filled {@code repeats} times.
     */
    public static synchronized Filled fill(String xform, Map<String, byte[]> media, int repeats, Answerer answers)
            throws Exception {
        Path dir = Files.createTempDirectory("collect-media");
        for (Map.Entry<String, byte[]> file : media.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        ReferenceManager references = ReferenceManager.instance();
        references.reset();
        references.addReferenceFactory(new PrefixedRootFactory(new String[] {"file-csv/", "file/", "images/"}) {
            @Override
            protected Reference factory(String terminal, String uri) {
                return new FileReference(dir.resolve(terminal).toFile());
            }
        });
        FormDef form = XFormUtils.getFormFromInputStream(new ByteArrayInputStream(xform.getBytes(StandardCharsets.UTF_8)));
        FormEntryModel model = new FormEntryModel(form);
        FormEntryController controller = new FormEntryController(model);
        form.initialize(true, new InstanceInitializationFactory());
        Map<String, Integer> refusals = new HashMap<>();
        Map<String, List<String>> choices = new HashMap<>();
        Map<String, Integer> repetitions = new HashMap<>();
        for (int event = controller.stepToNextEvent(); event != FormEntryController.EVENT_END_OF_FORM;
                event = controller.stepToNextEvent()) {
            FormIndex index = model.getFormIndex();
            if (event == FormEntryController.EVENT_PROMPT_NEW_REPEAT) {
                String repeat = index.getReference().genericize().toString();
                if (repetitions.merge(repeat, 1, Integer::sum) <= repeats) {
                    controller.newRepeat();
                }
            } else if (event == FormEntryController.EVENT_QUESTION) {
                FormEntryPrompt prompt = model.getQuestionPrompt();
                String reference = prompt.getQuestion().getBind().getReference().toString();
                List<SelectChoice> options = prompt.getSelectChoices();
                if (options != null) {
                    choices.put(reference, options.stream().map(SelectChoice::getValue).toList());
                }
                int repetition = index.getReference().getMultiplicity(index.getReference().size() - 2);
                String answer = answers.apply(prompt, Math.max(repetition, 0));
                if (answer == null) {
                    continue;
                }
                IAnswerData data = AnswerDataFactory.templateByDataType(prompt.getDataType()).cast(new UncastData(answer));
                int status = controller.answerQuestion(index, data, true);
                if (status != FormEntryController.ANSWER_OK) {
                    refusals.put(reference, status);
                }
            }
        }
        controller.finalizeFormEntry();
        ValidateOutcome outcome = form.validate(true);
        if (outcome != null) {
            refusals.put("validate:" + outcome.failedPrompt, outcome.outcome);
        }
        return new Filled(new XFormSerializingVisitor().serializeInstance(form.getMainInstance()), refusals, choices);
    }

    /** A media file of the form on disk, as Collect keeps it in the form's media folder. */
    private record FileReference(File file) implements Reference {
        @Override
        public boolean doesBinaryExist() {
            return file.exists();
        }

        @Override
        public InputStream getStream() throws IOException {
            return new FileInputStream(file);
        }

        @Override
        public String getURI() {
            return file.toURI().toString();
        }

        @Override
        public String getLocalURI() {
            return file.getAbsolutePath();
        }

        @Override
        public boolean isReadOnly() {
            return true;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            throw new IOException("Media files are read only");
        }

        @Override
        public void remove() throws IOException {
            throw new IOException("Media files are read only");
        }

        @Override
        public Reference[] probeAlternativeReferences() {
            return new Reference[0];
        }
    }

    /** The device's properties, which forms preload (its id, the user's name). */
    private record Properties(Map<String, String> values) implements IPropertyManager {
        @Override
        public List<String> getProperty(String name) {
            return values.containsKey(name) ? List.of(values.get(name)) : null;
        }

        @Override
        public void setProperty(String name, String value) {
            values.put(name, value);
        }

        @Override
        public void setProperty(String name, List<String> values) {
            this.values.put(name, values.isEmpty() ? null : values.get(0));
        }

        @Override
        public String getSingularProperty(String name) {
            return values.get(name);
        }

        @Override
        public void addRules(IPropertyRules rules) {
            // The test device takes every property JavaRosa sets.
        }

        @Override
        public List<IPropertyRules> getRules() {
            return List.of();
        }
    }
}
