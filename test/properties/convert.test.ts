import {describeProperties} from './suite.js'

describeProperties('convert')
