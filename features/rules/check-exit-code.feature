Feature: The exit code of specloop check
  specloop's own rule, specified by example and synthesised by specloop itself into
  generated/src/decideExitCode.ts, which `specloop check` calls: 0 when the specs are clean,
  1 when they have problems, 2 when the check itself could not be done.

  Scenario Outline: deciding the exit code from what the check found
    Given <fatal> fatal errors and <problems> problems in the specs
    When the exit code is decided
    Then the exit code should be <code>

    Examples:
      | fatal | problems | code |
      | 0     | 0        | 0    |
      | 0     | 1        | 1    |
      | 0     | 2        | 1    |
      | 0     | 5        | 1    |
      | 1     | 0        | 2    |
      | 2     | 3        | 2    |
      | 0     | 12       | 1    |
      | 3     | 0        | 2    |
