Feature: Delivery day estimate

  Scenario Outline: when will the parcel arrive
    Given a delivery to a <area> address
    And the order is placed at <hour> o'clock
    And express delivery: <express>
    When the delivery day is estimated
    Then the parcel arrives "<arrives>"

    Examples:
      | area   | hour | express | arrives   |
      | city   | 9    | false   | today     |
      | city   | 15   | false   | tomorrow  |
      | suburb | 10   | false   | tomorrow  |
      | rural  | 8    | false   | in 2 days |
      | rural  | 16   | false   | in 3 days |
      | rural  | 9    | true    | tomorrow  |
      | suburb | 13   | true    | today     |
      | city   | 18   | true    | today     |
