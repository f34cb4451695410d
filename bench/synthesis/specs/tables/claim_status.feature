Feature: Insurance claim status
  A claim on a lapsed policy is rejected; on an active policy it is approved when both the paperwork and the photos are in, and pending otherwise.

  Scenario Outline: assessing a claim
    Given the policy is active: <active>
    And the paperwork is complete: <paperwork>
    And photos of the damage were sent: <photos>
    When the claim is assessed
    Then the claim is <status>

    Examples:
      | active | paperwork | photos | status   |
      | yes    | yes       | yes    | approved |
      | yes    | no        | yes    | pending  |
      | yes    | yes       | no     | pending  |
      | no     | yes       | yes    | rejected |
      | no     | no        | no     | rejected |
