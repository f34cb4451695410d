Feature: verify on bad input
  Whatever goes wrong, `verify` says what and where in one line, never with a stack trace of
  its own, and keeps the trace of what did run.

  Scenario: a project without feature files
    Given a project with the file "README.md":
      """
      nothing here yet
      """
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "no feature files found (looked for features/**/*.feature in <project>)"
    And the output has no stack trace

  Scenario: a parse error is located and nothing runs
    Given a project with the file "features/broken.feature":
      """
      Feature: broken
        Scenario: s
          Given a step
        This line is not Gherkin
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "features/broken.feature:4:3: expected"
    And the output contains "found 'This line is not Gherkin'"
    And the output contains "This line is not Gherkin" 1 times

  Scenario: a feature file that is not UTF-8 is refused as check refuses it, and nothing runs
    Given the file "features/latin1.feature" containing the bytes "46 65 61 74 75 72 65 3a 20 43 61 66 e9 0a"
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "features/latin1.feature:1:"
    And the output contains "not valid UTF-8: unexpected byte 0xe9"
    And the output has no stack trace
    And the file ".specloop/runs/latest/messages.ndjson" does not exist

  Scenario: a binary feature file is refused at its first control byte, and none of its bytes is printed
    Given the file "features/binary.feature" containing the bytes "46 65 61 74 75 72 65 3a 20 00 01 1b 5b 33 31 6d 0a"
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "features/binary.feature:1:10: binary content, not text: unexpected byte 0x00"
    And the output has no control characters
    And the file ".specloop/runs/latest/messages.ndjson" does not exist

  Scenario: a binary step definition file: what its parser says about its bytes is printed escaped
    Given a project with the file "features/a.feature":
      """
      Feature: a
        Scenario: s
          Given a step
      """
    And the file "steps/binary.steps.ts" containing the bytes "47 69 76 65 6e 28 27 61 20 73 74 65 70 27 2c 20 28 29 20 3d 3e 20 7b 7d 29 0a 00 1b 5b 33 31 6d 0a"
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "warning: steps/binary.steps.ts:2:1: not traced, could not instrument it: Unexpected character '\x00'"
    And the output has no control characters

  Scenario: a step with thousands of values is refused at its location before cucumber runs, instead of hanging
    Given a project with the file "steps/short.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a short step', function () {})
      """
    And a feature file "features/values.feature" whose step holds 2500 quoted values
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "features/values.feature:4:5: step text too long: 10,005 characters, at most 5,000"
    And the output has no stack trace
    And the file ".specloop/runs/latest/messages.ndjson" does not exist

  Scenario: a step definition file that throws when it is loaded
    Given a project with the file "steps/broken.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      throw new Error('the database is not configured')
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "steps/broken.steps.ts:4:7: cucumber could not run: the database is not configured"
    And the output has no stack trace

  Scenario: a step definition file with a syntax error is named at its place, and the run before stays the latest
    Given a project with the file "steps/a.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop verify"
    Then the exit code is 0
    Given the file "steps/a.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      const unfinished = ;
      """
    When I run "specloop verify"
    Then the exit code is 2
    And the output contains "steps/a.steps.ts:4:20: cucumber could not run: Unexpected token ';'"
    And the output has no stack trace
    When I run "specloop report --format markdown --out -"
    Then the exit code is 0
    And the output contains "1 scenario"

  Scenario: a feature path that names nothing is a usage error, and no run is written
    Given a project with the file "steps/a.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop verify features/nope.feature"
    Then the exit code is 2
    And the output contains "features/nope.feature: no such feature file or folder: nothing was run"
    And the file ".specloop/runs/latest" does not exist
    When I run "specloop verify features/a.feature:2 @rerun.txt"
    Then the exit code is 2
    And the output contains "@rerun.txt: no such rerun file: nothing was run"
    And the file ".specloop/runs/latest" does not exist

  Scenario: a hanging step times out, is reported, and the other scenarios are traced
    Given a project with the file "steps/slow.steps.ts":
      """
      import { Given, setDefaultTimeout } from '@cucumber/cucumber'
      import assert from 'node:assert'

      setDefaultTimeout(300)
      Given('a step that never ends', function () {
        return new Promise(() => {})
      })
      Given('a quick step', function () {
        assert.ok(true)
      })
      """
    And the file "features/slow.feature":
      """
      Feature: slow
        Scenario: hangs
          Given a step that never ends

        Scenario: quick
          Given a quick step
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "function timed out, ensure the promise resolves within 300 milliseconds"
    And the output contains "2 scenarios (1 failed, 1 passed)"
    And the trace file ".specloop/runs/latest/trace.json" exists with 2 scenarios

  Scenario: the cucumber process dies in the middle of the run; what ran is still traced
    Given a project with the file "steps/crash.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step that works', function () {})
      Given('a step that kills the process', function () {
        process.kill(process.pid, 'SIGKILL')
      })
      """
    And the file "features/crash.feature":
      """
      Feature: crash
        Scenario: first
          Given a step that works

        Scenario: second
          Given a step that kills the process
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "the cucumber process was killed by SIGKILL before the run finished (the trace of the scenarios that finished was kept)"
    And the trace file ".specloop/runs/latest/trace.json" exists with 1 scenarios
    And the output has no stack trace

  Scenario: specloop killed with SIGKILL leaves no process running, and the next run removes its temporary files
    Given a project with the file "steps/wait.steps.ts":
      """
      import fs from 'node:fs'
      import { Given } from '@cucumber/cucumber'

      Given('a step that waits', { timeout: 120000 }, function () {
        fs.writeFileSync('.specloop/pids', String(process.pid))
        return new Promise(() => {})
      })
      Given('a quick step', function () {})
      """
    And the file "features/wait.feature":
      """
      Feature: wait
        Scenario: waits
          Given a step that waits
      """
    When I start "specloop verify" and kill it with SIGKILL once ".specloop/pids" exists
    Then every process whose pid is in ".specloop/pids" ends within 5 seconds
    Given the killed run left a temporary file "generated" beside a file it was writing
    And the file "generated/notes.tmp":
      """
      not specloop's
      """
    And the file "features/wait.feature":
      """
      Feature: wait
        Scenario: quick
          Given a quick step
      """
    When I run "specloop verify"
    Then the exit code is 0
    And the temporary file the killed run left is gone
    And the file "generated/notes.tmp" exists

  Scenario: specloop interrupted with SIGINT or SIGTERM kills the cucumber process and what the scenarios started
    Given a project with the file "steps/wait.steps.ts":
      """
      import fs from 'node:fs'
      import { spawn } from 'node:child_process'
      import { Given } from '@cucumber/cucumber'

      Given('a step that waits', { timeout: 120000 }, function () {
        const helper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' })
        fs.writeFileSync('.specloop/pids', `${process.pid} ${helper.pid}`)
        return new Promise(() => {})
      })
      """
    And the file "features/wait.feature":
      """
      Feature: wait
        Scenario: waits
          Given a step that waits
      """
    When I start "specloop verify --no-sandbox" and kill it with SIGINT once ".specloop/pids" exists
    Then every process whose pid is in ".specloop/pids" ends within 5 seconds
    When I start "specloop verify --no-sandbox" and kill it with SIGTERM once ".specloop/pids" exists
    Then every process whose pid is in ".specloop/pids" ends within 5 seconds

  Scenario: a step that calls process.exit fails the run with exit code 1
    Given a project with the file "steps/exit.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step that ends the process', function () {
        process.exit(3)
      })
      """
    And the file "features/exit.feature":
      """
      Feature: exit
        Scenario: exits
          Given a step that ends the process
      """
    When I run "specloop verify"
    Then the exit code is 1
    And the output contains "the cucumber process exited with code 3 before the run finished"
    And the output has no stack trace

  Scenario: a --parallel worker dies; the scenarios the others finished are traced
    Given a project with the file "steps/crash.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step that works', function () {})
      Given('a step that kills the process', function () {
        // Long enough for the other worker to finish the other two scenarios first.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500)
        process.kill(process.pid, 'SIGKILL')
      })
      """
    And the file "features/crash.feature":
      """
      Feature: crash
        Scenario: first
          Given a step that works

        Scenario: second
          Given a step that kills the process

        Scenario: third
          Given a step that works
      """
    When I run "specloop verify --parallel 2"
    Then the exit code is 1
    And the output contains "cucumber failed during the run: "
    And the output contains "the trace of the scenarios that finished was kept"
    And the trace file ".specloop/runs/latest/trace.json" exists with 2 scenarios
    And the output has no stack trace

  Scenario: a TypeScript file that does not parse is not traced, and the suite still runs
    Given a project with the file "steps/ok.steps.ts":
      """
      import { Given } from '@cucumber/cucumber'

      Given('a step', function () {})
      """
    And the file "src/scratch.ts":
      """
      export const unfinished = (
      """
    And the file "features/a.feature":
      """
      Feature: A
        Scenario: s
          Given a step
      """
    When I run "specloop verify"
    Then the exit code is 0
    And the output contains "1 scenario (1 passed)"
    And the output contains "warning: src/scratch.ts:1:28: not traced, could not instrument it: Unexpected token"
    And the output does not contain "(1:27)"
