Feature: Porter jobs
  Wards ring the porters' desk with jobs. Jobs wait in the order they were
  called in, except urgent ones, which go ahead of every routine job but stay
  behind urgent jobs called in before them. A free porter who asks is given the
  first job waiting; a porter does one job at a time.

  Scenario: urgent behind urgent
    Given porter "Cy" is on shift
    When "post to ward 1" is called in
    And an urgent "bloods to the lab" is called in
    And "bed 7 to ward 3" is called in
    And an urgent "patient to MRI" is called in
    And porter "Cy" asks for a job
    And porter "Cy" finishes the job
    And porter "Cy" asks for a job
    Then the job of porter "Cy" is "patient to MRI"
    And the next job waiting is "post to ward 1"
    And the jobs waiting are 2

  Scenario: a quiet night
    Given porter "Dee" is on shift
    And porter "Eli" is on shift
    When "fridge to pharmacy" is called in
    And porter "Dee" asks for a job
    And porter "Eli" asks for a job
    Then the desk says "no jobs waiting"
    And the job of porter "Eli" is "nothing"
    When "sharps bin to ward 4" is called in
    And porter "Dee" asks for a job
    Then the desk says "Dee is still on a job"
    And the jobs waiting are 1

  Scenario: back for more
    Given porter "Fay" is on shift
    When "notes to ward 6" is called in
    And porter "Fay" asks for a job
    And porter "Fay" finishes the job
    Then the job of porter "Fay" is "nothing"
    When an urgent "blood to ward 2" is called in
    And porter "Fay" asks for a job
    Then the job of porter "Fay" is "blood to ward 2"
    And the next job waiting is "none"
