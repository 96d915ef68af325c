package io.medli.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.medli.train.Distillation;
import io.medli.train.OutputMatching;
import io.medli.train.Transfer;
import io.medli.train.TrainingSpec;
import io.medli.train.internal.EventCodec;

/** Each task has its own typed settings, only its own, and they travel to the worker whole. */
class TrainingSpecTest {
    private static TrainingSpec common(String task) {
        return new TrainingSpec().task(task).data("data").out("out.onnx");
    }

    private static String failure(TrainingSpec s) {
        return assertThrows(IllegalArgumentException.class, s::validate).getMessage();
    }

    @Test
    void eachTaskTakesItsOwnSettingsOnly() {
        common(TrainingSpec.TRAIN).validate();
        assertEquals("distillation needs a teacher model (--teacher T.onnx)", failure(common(TrainingSpec.DISTILL)));
        assertEquals("transfer learning needs a backbone model (--backbone B.onnx)", failure(common(TrainingSpec.FINETUNE)));
        assertEquals("output distillation needs the student model (--student-model S.onnx)", failure(common(TrainingSpec.MATCH)));
        assertEquals("the task train takes no distillation settings (a teacher, hints): they belong to distill",
                failure(common(TrainingSpec.TRAIN).distillation(new Distillation().teacher("t.onnx"))));
        assertEquals("the task distill takes no transfer settings (a backbone): they belong to finetune",
                failure(common(TrainingSpec.DISTILL).distillation(new Distillation().teacher("t.onnx")).transfer(new Transfer().backbone("b").cut("c"))));
        assertEquals("alpha must be in [0, 1], not 2.0", failure(common(TrainingSpec.DISTILL).distillation(new Distillation().teacher("t").alpha(2))));
        assertEquals("training the backbone from a tensor needs backbone training pretrained or scratch",
                failure(common(TrainingSpec.FINETUNE).transfer(new Transfer().backbone("b").cut("c").trainFrom("x"))));
        common(TrainingSpec.MATCH).matching(new OutputMatching().studentModel("s").teacher("t").tensor("score")).validate();
    }

    @Test
    void settingsSurviveTheTripToTheWorker() {
        TrainingSpec s = common(TrainingSpec.FINETUNE).transfer(new Transfer().backbone("b.onnx").cut("feat").backboneSize("32x32")
                .backboneScale(255).backboneTraining("pretrained").trainFrom("mid"));
        TrainingSpec back = EventCodec.decodeSpec(EventCodec.encode(s));
        assertEquals("feat", back.transfer().cut());
        assertEquals(255f, back.transfer().backboneScale());
        assertEquals("mid", back.transfer().trainFrom());
        assertEquals(32, back.transfer().backboneWidthHeight()[0]);
        assertNull(back.distillation());
        TrainingSpec m = EventCodec.decodeSpec(EventCodec.encode(common(TrainingSpec.MATCH)
                .matching(new OutputMatching().studentModel("s.onnx").teacher("t.onnx").tensor("a").tensor("b").pixelScale(1))));
        assertEquals(java.util.List.of("a", "b"), m.matching().tensors());
        assertEquals(1f, m.matching().pixelScale());
        assertEquals(1f, m.matching().fill(), "defaults survive too");
    }
}
