package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.recipe.DistillStep;
import io.medli.recipe.PruneStep;
import io.medli.recipe.PruneStructure;
import io.medli.recipe.Recipe;
import io.medli.recipe.Variant;
import io.medli.recipe.files.RecipeFileException;
import io.medli.recipe.files.RecipeFiles;

class RecipeFilesTest {
    @TempDir
    Path dir;

    private static Recipe full() {
        Recipe r = Recipes.int8();
        r.setDescription("détecteur de lignes, ünïcode kept");
        DistillStep d = Recipes.F.createDistillStep();
        d.setName("student");
        d.getStudentParams().add("width=8");
        PruneStep p = Recipes.F.createPruneStep();
        p.setName("prune");
        p.setStructure(PruneStructure.WEIGHTS);
        p.setRatio(0.5);
        p.getExcludes().add("Conv_0");
        r.getSteps().add(0, p);
        r.getSteps().add(0, d);
        Variant v = Recipes.F.createVariant();
        v.setStep(p);
        v.setParameter("ratio");
        v.getValues().addAll(java.util.List.of("0.3", "0.5"));
        r.getVariants().add(v);
        r.setSearch(Recipes.F.createSearch());
        return r;
    }

    @Test
    void aRecipeSurvivesTheRoundTripThroughItsFile() throws Exception {
        Recipe r = full();
        Path f = dir.resolve("a.medlirecipe");
        RecipeFiles.save(r, f);
        Recipe back = RecipeFiles.load(f);
        assertTrue(EcoreUtil.equals(r, back), "the loaded recipe equals the saved one");
        // the variant refers to its step by the step's name, not by its position
        assertTrue(Files.readString(f).contains("step=\"prune\""), Files.readString(f));
        assertSame(back.getSteps().get(1), back.getVariants().get(0).getStep());
        // saving what was loaded writes the same bytes
        Path g = dir.resolve("b.medlirecipe");
        RecipeFiles.save(back, g);
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(g));
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithBothVersionsNamed() throws Exception {
        Path f = dir.resolve("new.medlirecipe");
        RecipeFiles.save(full(), f);
        Files.writeString(f, Files.readString(f).replace("formatVersion=\"" + RecipeFiles.FORMAT_VERSION + "\"", "formatVersion=\"7\""));
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> RecipeFiles.load(f));
        assertTrue(e.getMessage().contains("format 7") && e.getMessage().contains("up to " + RecipeFiles.FORMAT_VERSION), e.getMessage());
    }

    /** A file in format 1, as that version writes it (every kind of element, defaults left out). */
    private static final String VERSION_1 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <recipe:Recipe xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xmlns:recipe="http://medli.io/recipe" formatVersion="1" name="fashion student" description="from format 1" sourceModel="teacher.onnx">
              <dataSets role="train" path="fashion" labelled="true" limit="600"/>
              <dataSets path="cal" scale="1.0" limit="100"/>
              <dataSets role="validation" path="fashion" labelled="true"/>
              <target threads="2"/>
              <goals metric="max-accuracy-drop" value="3.0"/>
              <goals metric="max-size" value="0.4" relative="true"/>
              <steps xsi:type="recipe:DistillStep" name="student" epochs="3" perClass="60">
                <studentParams>width=8</studentParams>
              </steps>
              <steps xsi:type="recipe:PruneStep" name="prune" ratio="0.4"/>
              <steps xsi:type="recipe:QuantizeStep" name="int8" mode="static" method="percentile"/>
              <steps xsi:type="recipe:EvaluateStep" name="fidelity"/>
              <steps xsi:type="recipe:BenchmarkStep" name="speed" rounds="5" warmup="1"/>
              <variants step="prune" parameter="ratio">
                <values>0.3</values>
                <values>0.5</values>
              </variants>
              <search strategy="random" maxTrials="4" seed="7"/>
            </recipe:Recipe>
            """;

    @Test
    void aVersion1FileIsMigratedOnLoadAndSavedAsTheCurrentVersion() throws Exception {
        Path f = dir.resolve("v1.medlirecipe");
        Files.writeString(f, VERSION_1);
        Recipe r = RecipeFiles.load(f);
        assertEquals(RecipeFiles.FORMAT_VERSION, r.getFormatVersion());
        assertEquals(5, r.getSteps().size());
        assertEquals(java.util.List.of("width=8"), ((DistillStep) r.getSteps().get(0)).getStudentParams());
        assertSame(r.getSteps().get(1), r.getVariants().get(0).getStep());
        assertEquals(io.medli.recipe.SearchStrategy.RANDOM, r.getSearch().getStrategy());
        assertEquals(null, ((io.medli.recipe.EvaluateStep) r.getSteps().get(3)).getReference(), "format 1 compared with the source model");
        RecipeFiles.save(r, f);
        String saved = Files.readString(f);
        assertTrue(saved.contains("formatVersion=\"" + RecipeFiles.FORMAT_VERSION + "\""), saved);
        // nothing else changed: the saved file is format 1's text with the new number
        assertEquals(VERSION_1.replace("formatVersion=\"1\"", "formatVersion=\"" + RecipeFiles.FORMAT_VERSION + "\""), saved);
        assertTrue(EcoreUtil.equals(r, RecipeFiles.load(f)));
    }

    @Test
    void aDamagedFileGivesAMessageNamingIt() throws Exception {
        Path f = dir.resolve("broken.medlirecipe");
        Files.writeString(f, "<recipe:Recipe xmlns:recipe=\"http://medli.io/recipe\" name=\"x\"", StandardCharsets.UTF_8);
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> RecipeFiles.load(f));
        assertTrue(e.getMessage().startsWith(f + " is not a readable recipe"), e.getMessage());
        Path other = dir.resolve("other.medlirecipe");
        Files.writeString(other, "<?xml version=\"1.0\"?><x/>");
        assertThrows(RecipeFileException.class, () -> RecipeFiles.load(other));
        assertThrows(RecipeFileException.class, () -> RecipeFiles.load(dir.resolve("missing.medlirecipe")));
    }

    @Test
    void aFailedSaveChangesNothingAndLeavesNoTemporaryFile() throws Exception {
        // the recipe's name is taken by a folder with a file in it: the final move fails
        Path f = dir.resolve("taken.medlirecipe");
        Files.createDirectories(f);
        Files.writeString(f.resolve("inside.txt"), "kept");
        RecipeFileException e = assertThrows(RecipeFileException.class, () -> RecipeFiles.save(full(), f));
        assertTrue(e.getMessage().startsWith("cannot write " + f) && e.getMessage().contains("unchanged"), e.getMessage());
        assertEquals("kept", Files.readString(f.resolve("inside.txt")));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }
}
