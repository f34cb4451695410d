Feature: Cloud storage used
  The storage page shows how much of the plan is in use as a whole percentage, halves rounded
  up. The almost full banner appears once 90% or more of the plan is really in use.

  Scenario Outline: opening the storage page
    Given <used> MB of the <plan> MB plan is in use
    When the storage page is opened
    Then the usage reads "<percent>"
    And the almost full banner shows: <banner>

    Examples:
      | used  | plan  | percent | banner |
      | 0     | 5000  | 0%      | no     |
      | 1250  | 5000  | 25%     | no     |
      | 4480  | 5000  | 90%     | no     |
      | 4500  | 5000  | 90%     | yes    |
      | 4975  | 5000  | 100%    | yes    |
      | 5000  | 5000  | 100%    | yes    |
      | 7300  | 20000 | 37%     | no     |
      | 17999 | 20000 | 90%     | no     |
      | 18000 | 20000 | 90%     | yes    |
