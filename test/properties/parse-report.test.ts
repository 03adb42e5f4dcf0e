import {describeProperties} from './suite.js'

describeProperties('parseReport')
