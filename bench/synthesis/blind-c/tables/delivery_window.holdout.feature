Feature: Delivery day estimate

  Scenario Outline: when will the parcel arrive
    Given a delivery to a <area> address
    And the order is placed at <hour> o'clock
    And express delivery: <express>
    When the delivery day is estimated
    Then the parcel arrives "<arrives>"

    Examples:
      | area   | hour | express | arrives   |
      | city   | 14   | false   | tomorrow  |
      | suburb | 17   | true    | tomorrow  |
      | rural  | 14   | true    | in 2 days |
      | suburb | 11   | false   | tomorrow  |
      | rural  | 12   | true    | tomorrow  |
