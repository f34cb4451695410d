Feature: Crowdfunding rewards
  Backers get the reward of the highest tier their pledge reaches: a "thank-you email" from
  1.00, a "sticker pack" from 10.00, a "signed print" from 25.00, a "framed print" from
  60.00 and a "studio visit" from 250.00. Pledges of 100.00 or more also get the backer's
  name in the credits.

  Scenario Outline: the reward for a pledge
    Given a backer pledges <pledge>
    When the reward is chosen
    Then the reward is "<reward>"
    And the backer is named in the credits: <credits>

    Examples:
      | pledge | reward          | credits |
      | 1.00   | thank-you email | no      |
      | 9.99   | thank-you email | no      |
      | 10.00  | sticker pack    | no      |
      | 24.50  | sticker pack    | no      |
      | 25.00  | signed print    | no      |
      | 59.99  | signed print    | no      |
      | 60.00  | framed print    | no      |
      | 100.00 | framed print    | yes     |
      | 250.00 | studio visit    | yes     |
