package io.medli.recipe.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medli.onnx.progress.Monitor;
import io.medli.recipe.Recipe;
import io.medli.recipe.TargetKind;
import io.medli.recipe.files.RecipeFiles;
import io.medli.recipe.run.Boards;
import io.medli.recipe.run.Metrics;
import io.medli.recipe.run.RecipeRunner;
import io.medli.recipe.run.RunResult;
import io.medli.recipe.run.Trainer;
import io.medli.remote.BoardSession;
import io.medli.remote.Credentials;
import io.medli.remote.HostKeyPolicy;
import io.medli.testing.LoopbackBoard;

/** A recipe whose target is a board: its Benchmark step measures both models there (a real OpenSSH board on loopback). */
class RecipeOnBoardTest {
    @TempDir
    Path dir;

    @Test
    void theBenchmarkStepMeasuresOnTheBoardAndTheGoalsAreJudgedOnIt() throws Exception {
        Recipes.project(dir);
        Recipe r = Recipes.int8();
        r.getSteps().remove(1); // the fidelity step: this machine's business
        r.getGoals().remove(1);
        r.getTarget().setKind(TargetKind.BOARD);
        r.getTarget().setBoard("loop");
        Path file = dir.resolve("board.medlirecipe");
        RecipeFiles.save(r, file);
        List<String> log = new ArrayList<>();
        try (LoopbackBoard lb = new LoopbackBoard(Files.createDirectories(dir.resolve("sshd")))) {
            HostKeyPolicy accept = new HostKeyPolicy(lb.userKnownHosts, lb.medliKnownHosts, (h, t, f) -> true);
            Boards boards = name -> BoardSession.open(lb.board(name, lb.userKey), Credentials.NONE, accept);
            RunResult res = RecipeRunner.run(RecipeFiles.load(file), file,
                    new RecipeRunner.Options(1, Trainer.inProcess(), log::add, Monitor.NONE).withBoards(boards));
            RunResult.Step bench = res.steps().get(1);
            double speedup = bench.metrics().get(Metrics.SPEEDUP), peak = bench.metrics().get(Metrics.PEAK_MEMORY_BYTES);
            assertTrue(speedup > 0 && Double.isFinite(speedup), "speed-up measured on the board: " + speedup);
            assertTrue(peak > 1e6, "peak memory from the board's agent: " + peak);
            assertTrue(bench.notes().get(0).startsWith("on loop ("), bench.notes().toString());
            assertTrue(log.stream().anyMatch(l -> l.contains("[medli-agent] loading")), "the agent's progress in the run's log: " + log);
            assertTrue(res.goals().get(1).text().contains("MB"), res.goals().get(1).text());
        }
    }
}
