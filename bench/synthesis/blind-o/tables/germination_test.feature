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
      | 20   | 20       | 100  | excellent |
      | 50   | 40       | 80   | excellent |
      | 49   | 39       | 80   | excellent |
      | 50   | 39       | 78   | fine      |
      | 7    | 5        | 71   | fine      |
      | 6    | 3        | 50   | fine      |
      | 125  | 62       | 50   | fine      |
      | 60   | 29       | 48   | sow again |
      | 100  | 0        | 0    | sow again |
