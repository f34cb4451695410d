Feature: Germination test
  The germination rate is the share of sown seeds that sprouted, as a whole percent rounded to
  the nearest. Going by that shown rate, 80 or more is "excellent", 50 to 79 is "fine" and below
  50 is "sow again".

  Scenario Outline: rating a batch of seeds
    Given <sown> seeds were sown
    And <sprouted> of them sprouted
    When the germination rate is worked out
    Then the rate is <rate> percent
    And the batch is rated "<verdict>"

    Examples:
      | sown | sprouted | rate | verdict   |
      | 12   | 10       | 83   | excellent |
      | 9    | 7        | 78   | fine      |
      | 36   | 29       | 81   | excellent |
      | 30   | 14       | 47   | sow again |
      | 24   | 19       | 79   | fine      |
      | 150  | 148      | 99   | excellent |
