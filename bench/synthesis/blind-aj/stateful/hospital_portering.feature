Feature: Porter jobs
  Wards ring the porters' desk with jobs. Jobs wait in the order they were
  called in, except urgent ones, which go ahead of every routine job but stay
  behind urgent jobs called in before them. A free porter who asks is given the
  first job waiting; a porter does one job at a time.

  Scenario: first come, first served
    Given porter "Ana" is on shift
    When "bed 4 to X-ray" is called in
    And "notes to ward 9" is called in
    And porter "Ana" asks for a job
    Then the job of porter "Ana" is "bed 4 to X-ray"
    And the jobs waiting are 1

  Scenario: urgent jobs first
    Given porter "Ben" is on shift
    When "linen to ward 2" is called in
    And an urgent "blood to the lab" is called in
    And an urgent "patient to theatre" is called in
    Then the next job waiting is "blood to the lab"
    When porter "Ben" asks for a job
    Then the next job waiting is "patient to theatre"
    And the jobs waiting are 2

  Scenario: nothing to do
    Given porter "Ana" is on shift
    When porter "Ana" asks for a job
    Then the desk says "no jobs waiting"
    And the job of porter "Ana" is "nothing"

  Scenario: one job at a time
    Given porter "Ana" is on shift
    When "wheelchair to outpatients" is called in
    And "samples to the lab" is called in
    And porter "Ana" asks for a job
    And porter "Ana" asks for a job
    Then the desk says "Ana is still on a job"
    When porter "Ana" finishes the job
    And porter "Ana" asks for a job
    Then the job of porter "Ana" is "samples to the lab"
    And the next job waiting is "none"

  Scenario: two porters
    Given porter "Ana" is on shift
    And porter "Ben" is on shift
    When "oxygen to ward 5" is called in
    And an urgent "patient to CT" is called in
    And porter "Ben" asks for a job
    And porter "Ana" asks for a job
    Then the job of porter "Ben" is "patient to CT"
    And the job of porter "Ana" is "oxygen to ward 5"
    And the jobs waiting are 0
    When porter "Ben" finishes the job
    Then the job of porter "Ben" is "nothing"
